"""Write the three notebooks of notebooks/ (without outputs): python scripts/make_notebooks.py"""
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent / "notebooks"

SETUP = """from pathlib import Path
import govtext

CORPUS = next(p for p in (Path("corpus"), Path("../corpus")) if p.exists())"""

NOTEBOOKS = {
    "01_quickstart.ipynb": [
        "# govtext quickstart\nExtract one county news article, read its record, and map an item back to the original bytes.",
        SETUP,
        """path = next((CORPUS / "seeds").glob("000_*.txt"))
rec = govtext.extract(path.read_bytes(), id=path.stem, source=str(path))
rec.title, rec.date, rec.outlet, rec.county""",
        """[(s.text, s.kind, s.number, s.components) for s in rec.slogans][:5]""",
        """[(m.text, m.type) for m in rec.mechanisms][:8]""",
        """[(q.text, q.value, q.unit, q.kind, q.year, q.subject) for q in rec.quantities]""",
        "## Spans back to the original\nEvery item points into `rec.text`; normalization maps any span of the text back to the input.",
        """doc = govtext.normalize(next((CORPUS / "seeds").glob("001_*.txt")).read_bytes())
i = doc.text.index("记者")
s, e = doc.original_span(i, i + 2)
doc.text[i:i + 2], doc.original[s:e], doc.repairs[0]""",
        """rec  # shown as highlighted HTML in Jupyter""",
    ],
    "02_compare_regions.ipynb": [
        "# Comparing the 31 provincial work reports of 2026\nMechanisms and numbered slogans by province, distinctive terms, similarity, targets.",
        SETUP + """
import govtext.compare as cmp
from govtext.io import read_paths""",
        """records = [r for r in govtext.extract_many(read_paths([CORPUS / "provincial"]), workers=2)
           if not hasattr(r, "message")]
len(records)""",
        """mech = cmp.crosstab(records, "mechanisms", by="province")
mech.head(10)""",
        """slogans = cmp.crosstab(records, "slogans", by="province", kind="numbered")
slogans.groupby("item")["province"].nunique().sort_values(ascending=False).head(10)""",
        """terms = cmp.distinctive_terms(records, by="province", top=5)
terms.head(15)""",
        """sim = cmp.similarity(records, by="province")
sim.round(2).iloc[:6, :6]""",
        """targets = cmp.target_table(records, by="province")
targets[targets.subject.str.contains("增长|投资|就业", na=False)].head(10)""",
        """import matplotlib
matplotlib.use("Agg")
from govtext import plot
plot.heatmap(mech, value="count", top=15)""",
    ],
    "03_slogans_over_time.ipynb": [
        "# Numbered formulations in the national government work reports, 1954–2025\nFirst appearance and adoption over the years.",
        SETUP + """
import govtext.compare as cmp
from govtext.io import read_paths""",
        """path = CORPUS / "national" / "000000_全国" / "1954-2025" / "government_work_reports.jsonl"
records = [r for r in govtext.extract_many(read_paths([path], text_col="content"), workers=2)
           if not hasattr(r, "message") and r.meta.get("year")]
len(records)""",
        """counts = cmp.crosstab(records, "slogans", by="year", kind="numbered")
top = counts.groupby("item")["year"].nunique().sort_values(ascending=False).head(15)
top""",
        """first = counts.groupby("item")["year"].min().loc[top.index].sort_values()
first""",
        """slogan = top.index[0]
curve = cmp.diffusion(records, slogan, by="year")
curve.head()""",
        """import matplotlib
matplotlib.use("Agg")
from govtext import plot
plot.adoption_curve(curve, title=f"“{slogan}”")""",
    ],
}


def main() -> None:
    ROOT.mkdir(exist_ok=True)
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=[new_markdown_cell(c) if c.startswith("#") else new_code_cell(c) for c in cells])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, ROOT / name)
        print("wrote", ROOT / name)


if __name__ == "__main__":
    main()
