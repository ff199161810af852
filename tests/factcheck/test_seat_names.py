"""Which seats an article's text names (``OfficialFigures.contests_in``, read by
``checking.infer_context`` to settle the article's seat). Plain Python, no database."""

from factcheck.checking import infer_context
from factcheck.checking.figures import ContestFig, OfficialFigures

NAMES = [
    "Islington North",
    "Islington South and Finsbury",
    "North Norfolk",
    "North Devon",
    "North East Fife",
    "North Down",
    "The Wrekin",
    "Bath",
    "Ynys Môn",
]


def _figures() -> OfficialFigures:
    contests = {}
    for i, name in enumerate(NAMES, start=1):
        slug = name.lower().replace(" ", "-")
        contests[f"ge2024:{slug}"] = ContestFig(
            key=f"ge2024:{slug}", election="ge2024", slug=slug, name=name, contest_id=i,
            electorate=70_000, valid=45_000, invalid=100, source="Library", source_row="",
            predecessor_slug=None,
        )  # fmt: skip
    return OfficialFigures(
        elections={}, contests=contests, candidates={}, parties={}, tallies={},
        projections={}, facts={},
    )  # fmt: skip


def _named(figures: OfficialFigures, text: str) -> set[str]:
    return {c.name for c in figures.contests_in(text.casefold(), "ge2024")}


def _named_by_definition(figures: OfficialFigures, text: str) -> set[str]:
    """What ``contests_in`` promises: a seat whose first word is a word of the text and
    whose whole name is in it."""
    lowered = text.casefold()
    return {
        c.name for c in figures.contests_named(lowered, "ge2024") if c.name.casefold() in lowered
    }


TEXTS = [
    "Jeremy Corbyn held Islington North as an independent.",
    "In the north, North Devon and north east fife both changed hands; the North was quiet.",
    "The Wrekin, the north and the south: the the the. North Down too, and North Norfolk.",
    "Bathurst is no seat; neither is a bath.",
    "BATH voted Liberal Democrat, as did Ynys Môn's neighbours.",
    "North, north, north: Islington South and Finsbury, islington north.",
    "",
]


def test_seats_named_are_the_ones_the_text_names():
    figures = _figures()
    assert _named(figures, TEXTS[0]) == {"Islington North"}
    assert _named(figures, TEXTS[1]) == {"North Devon", "North East Fife"}
    assert _named(figures, TEXTS[2]) == {"The Wrekin", "North Down", "North Norfolk"}
    assert _named(figures, TEXTS[3]) == {"Bath"}  # "a bath": names are matched in any case
    assert _named(figures, TEXTS[4]) == {"Bath", "Ynys Môn"}
    for text in TEXTS:
        assert _named(figures, text) == _named_by_definition(figures, text), text


def test_the_article_seat_is_the_one_named():
    figures = _figures()
    context = infer_context([], figures, election="ge2024", text=TEXTS[0])
    assert context.contest is not None
    assert context.contest.name == "Islington North"
    assert context.seats_named == {"ge2024:islington-north"}
    assert infer_context([], figures, election="ge2024", text=TEXTS[3]).contest.name == "Bath"


_IN_A_FRESH_PROCESS = (
    "from factcheck.checking.figures import OfficialFigures, ContestFig\n"
    "def seat(slug, name):\n"
    "    return ContestFig(key='ge2024/'+slug, election='ge2024', slug=slug, name=name,\n"
    "        contest_id=1, electorate=1, valid=1, invalid=0, source='', source_row='',\n"
    "        predecessor_slug=None)\n"
    "def figures_of(*seats):\n"
    "    return OfficialFigures(elections={}, contests={s.key: s for s in seats},\n"
    "        candidates={}, parties={}, tallies={}, projections={}, facts={})\n"
)


def _printed_in_every_process(code: str) -> set[str]:
    """What ``code`` prints (after ``_IN_A_FRESH_PROCESS``'s ``seat`` and ``figures_of``)
    in six processes with different string hashes: one item when a set's order never
    decides it."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    return {
        subprocess.run(
            [sys.executable, "-c", _IN_A_FRESH_PROCESS + code], cwd=root, capture_output=True,
            text=True, check=True, env={"PYTHONHASHSEED": str(seed), "PATH": ""},
        ).stdout
        for seed in range(6)
    }  # fmt: skip


def test_seats_named_as_often_are_ordered_by_their_first_mention_in_every_process():
    """The article's seat, between two named as often, is the one named first: the same in
    every process (a set's order is not), so a re-check reads the seats as extraction did."""
    printed = _printed_in_every_process(
        "figures = figures_of(seat('b', 'Bath'), seat('a', 'Aldershot'), seat('w', 'Wells'),\n"
        "    seat('y', 'York Central'))\n"
        "text = 'from wells to york central, and bath; aldershot too'\n"
        "print(','.join(c.slug for c in figures.contests_in(text, 'ge2024')))\n"
    )
    assert printed == {"w,y,b,a\n"}


def test_of_two_seats_a_sentence_names_as_long_the_first_is_its_seat_in_every_process():
    """A sentence naming two seats of one length ("Jenny Chapman in Darlington … Sue Hayman,
    whose Workington seat fell"): the sentence's seat (``contest_named_in``) is the one it
    names first, in every process, so a swing's readings are given for the same seat each
    time."""
    printed = _printed_in_every_process(
        "figures = figures_of(seat('l', 'Leeds East'), seat('b', 'Bury South'), seat('e', 'Ely'))\n"
        "for text in ['she lost bury south, and he lost leeds east and ely',\n"
        "             'he lost leeds east and ely, and she lost bury south']:\n"
        "    print(figures.contest_named_in(text, 'ge2024').name)\n"
    )
    assert printed == {"Bury South\nLeeds East\n"}
