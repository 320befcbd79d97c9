"""Make N realistic reports from the bundled ones, for the scale benchmarks.

    python bench/scale_corpus.py --count 1000 --out var/bench/corpus-1000 [--seed 7]

Not copies: each report takes the header of one bundled report and a run of paragraphs recombined from
all of them, then varies with the grammar of real reports:
- proper names (the capitalised words of project, place and organisation names) are replaced by names
  built from other syllables; a name keeps one replacement per "variant", and variants are drawn from a
  Zipf law, so some projects recur in hundreds of reports and most in a few, and resolution work grows
  like a real corpus's;
- legal numbers get other numbers with the same kind codes ("236/QĐ-TTg" → "1187/QĐ-TTg"), dates other
  days, and years move with the report's year;
- OCR reports stay OCR: replacement names lose their diacritics the way the source text did.
"""
from __future__ import annotations

import argparse
import random
import re
import unicodedata
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
NAME = re.compile(rf"(?<![\w/])[{UPPER}][a-zà-ỹđ]+(?:[ -][{UPPER}][a-zà-ỹđ]+){{1,3}}(?![\w/])")
LEGAL = re.compile(r"(?<![\d/])(\d{1,4})(/(?:20\d\d/)?[A-ZĐ]{1,5}(?:-[A-ZĐa-z0-9]{1,8}){1,3})")
DATE = re.compile(r"(ngày|ngay)(\s+)(\d{1,2})/(\d{1,2})/(20\d\d)")
YEAR = re.compile(r"(?<!\d)(20[12]\d)(?!\d)")


def syllable_pool(texts: list[str]) -> list[str]:
    """Capitalised syllables of the bundled reports' clean text: the stuff Vietnamese names are made of."""
    pool = set()
    for text in texts:
        for m in NAME.finditer(text):
            pool.update(w for w in re.split(r"[ -]", m.group()) if len(w) > 1)
    return sorted(pool)


def is_clean(text: str) -> bool:
    shaped = sum(ch in "đĐ" or any(c in "\u0302\u0306\u031b" for c in unicodedata.normalize("NFD", ch))
                 for ch in text if ch.isalpha())
    return shaped / max(1, sum(ch.isalpha() for ch in text)) >= 0.05


def strip_marks(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


class Variator:
    def __init__(self, pool: list[str], variants: int, seed: int) -> None:
        self.pool, self.variants, self.seed = pool, variants, seed

    def variant(self, rng: random.Random) -> int:
        # Zipf-like: variant 0 (the name as written) is the most common, the tail long.
        return min(self.variants - 1, int(rng.paretovariate(1.2)) - 1)

    def name(self, original: str, variant: int, clean: bool) -> str:
        if variant == 0:
            return original
        words = re.split(r"([ -])", original)
        h = zlib.crc32(f"{self.seed}|{strip_marks(original).lower()}|{variant}".encode())
        out = []
        for i, w in enumerate(words):
            if w in (" ", "-"):
                out.append(w)
                continue
            out.append(self.pool[(h >> (i % 16)) * 7919 % len(self.pool)] if self.pool else w)
            h = zlib.crc32(out[-1].encode(), h)
        name = "".join(out)
        return name if clean else strip_marks(name)


def make_report(sources: list[tuple[str, bool, list[str]]], index: int, variator: Variator, seed: int) -> str:
    """`sources`: (text, clean, paragraphs) of each bundled report."""
    rng = random.Random(seed * 1_000_003 + index)
    head_source, clean, _ = sources[rng.randrange(len(sources))]
    head = head_source.partition("\n\n")[0]
    paragraphs = []
    for _, source_clean, parts in sources:
        if source_clean != clean:
            continue  # an OCR report is recombined from OCR text, a clean one from clean text
        if parts:
            start = rng.randrange(len(parts))
            paragraphs += parts[start:start + rng.randint(10, 40)]
    year = 2020 + index % 12
    variants: dict[str, int] = {}

    def rename(m: re.Match) -> str:
        key = strip_marks(m.group()).lower()
        if key not in variants:
            variants[key] = variator.variant(rng)
        return variator.name(m.group(), variants[key], clean)

    text = head + "\n\n" + "\n\n".join(paragraphs) + "\n"
    text = NAME.sub(rename, text)
    text = LEGAL.sub(lambda m: f"{rng.randint(1, 2999)}{m.group(2)}", text)
    text = DATE.sub(lambda m: f"{m.group(1)}{m.group(2)}{rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}", text)
    shift = year - 2024
    return YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reports", type=Path, default=ROOT / "data" / "reports")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.reports.glob("*.txt"))]
    sources = [(t, is_clean(t), [p for p in t.split("\n\n")[1:] if p.strip()]) for t in texts]
    variator = Variator(syllable_pool([t for t, clean, _ in sources if clean]), max(2, args.count // 4), args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(args.count):
        text = make_report(sources, i, variator, args.seed)
        (args.out / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    print(f"{args.count} reports, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
