"""The character trigram model's stupid-backoff scores."""
import math

import pytest

from govtext.normalize.lm import model

B = math.log(0.4)


@pytest.fixture(scope="module")
def lm():
    return model()


def test_a_seen_trigram_is_its_conditional_probability(lm):
    assert lm._logp("革开", "放") == pytest.approx(math.log(lm.counts["革开放"] / lm.counts["革开"]))


def test_an_unseen_trigram_backs_off_to_the_bigram_once(lm):
    assert "快乐放" not in lm.counts and "乐放" in lm.counts
    assert lm._logp("快乐", "放") == pytest.approx(B + math.log(lm.counts["乐放"] / lm.counts["乐"]))


def test_an_unseen_bigram_backs_off_to_the_unigram_twice(lm):
    assert "旳放" not in lm.counts
    assert lm._logp("旳", "放") == pytest.approx(2 * B + math.log(lm.counts["放"] / lm.total))


def test_an_unseen_character_gets_the_floor_after_three_backoffs(lm):
    assert lm._logp("开", "旳") == pytest.approx(3 * B + math.log(1 / (lm.total + lm.vocab)))


def test_a_history_of_one_character_or_none(lm):
    assert lm._logp("开", "放") == pytest.approx(math.log(lm.counts["开放"] / lm.counts["开"]))
    assert lm._logp("", "放") == pytest.approx(math.log(lm.counts["放"] / lm.total))
    assert lm.score("改革开放") == pytest.approx(
        lm._logp("", "改") + lm._logp("改", "革") + lm._logp("改革", "开") + lm._logp("革开", "放"))
