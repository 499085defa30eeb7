from govtext.offsets import Edit, OffsetMap, apply_edits


def test_apply_edits_replaces_and_deletes():
    assert apply_edits("關(guān)於", [Edit(0, 7, "關")]) == "關於"
    assert apply_edits("abc", [Edit(0, 1, "xx"), Edit(2, 3, "")]) == "xxb"


def test_span_inside_replacement_maps_to_whole_original_span():
    m = OffsetMap()
    m.push([Edit(0, 7, "關")])  # 關(guān)於 -> 關於
    assert m.original_span(0, 1) == (0, 7)
    assert m.original_span(1, 2) == (7, 8)


def test_deletion_is_excluded_from_neighbouring_spans():
    original = "ab\n手机版\ncd"
    m = OffsetMap()
    m.push([Edit(3, 7, "")])  # -> "ab\ncd"
    text = "ab\ncd"
    s, e = m.original_span(text.index("cd"), len(text))
    assert original[s:e] == "cd"
    s, e = m.original_span(0, 3)
    assert original[s:e] == "ab\n"


def test_stacked_layers_compose():
    original = "  x(xī)y  \n\n\nz"
    m = OffsetMap()
    m.push([Edit(2, 7, "x")])           # "  xy  \n\n\nz"
    m.push([Edit(4, 6, ""), Edit(8, 9, "")])  # "  xy\n\nz"
    text = "  xy\n\nz"
    assert m.original_span(2, 3) == (2, 7)
    s, e = m.original_span(text.index("z"), len(text))
    assert original[s:e] == "z"
    s, e = m.original_span(3, 4)
    assert original[s:e] == "y"


def test_empty_span_and_depth():
    m = OffsetMap()
    m.push([Edit(0, 2, "")])
    assert m.original_span(0, 0) == (2, 2)
    assert m.original_span(0, 1, depth=0) == (0, 1)
