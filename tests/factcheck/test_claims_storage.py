"""Ingested articles get their claims stored, grouped across articles, and checked."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from factcheck.models import Article, Claim, ClaimGroup
from factcheck.seeds import load_seeds


@pytest.fixture
def seeded(db, seeds_dir):
    return load_seeds(seeds_dir=seeds_dir)


def test_loading_the_seeds_stores_claims_at_their_exact_spans(seeded):
    assert Article.objects.count() == 5
    assert seeded.claims_found == Claim.objects.count() > 40
    for claim in Claim.objects.select_related("article"):
        assert claim.article.body[claim.start : claim.end] == claim.text
        assert claim.text in claim.sentence


def test_loading_the_seeds_again_changes_nothing(seeded, seeds_dir):
    before = sorted(Claim.objects.values_list("article_id", "start", "end"))
    report = load_seeds(seeds_dir=seeds_dir)
    assert report.articles_created == 0
    assert sorted(Claim.objects.values_list("article_id", "start", "end")) == before


def test_the_same_claim_in_several_articles_is_one_group(seeded, seeds_dir):
    carrying = sum("24,120" in a.body for a in Article.objects.all())
    assert carrying == 4  # every seed but 001 reports Corbyn's 24,120
    votes = Claim.objects.filter(claim_type="candidate_votes", value=24120).order_by()
    assert votes.values("article").distinct().count() == carrying
    assert votes.values("group").distinct().count() == 1
    group = votes.first().group
    assert group.subject == "Jeremy Corbyn"
    assert group.claims.count() == votes.count()


def test_different_claims_are_different_groups(seeded):
    assert ClaimGroup.objects.count() < Claim.objects.count()
    assert Claim.objects.get(text="26,000").group_id != Claim.objects.get(text="1,180").group_id


def test_stored_claims_carry_the_suggested_verdict(seeded):
    claim = Claim.objects.filter(text="24,120").first()
    assert claim.suggested_verdict == "accurate"
    assert claim.official_value == 24120
    assert claim.explanation.startswith("Official: 24,120 votes")
    quote = Claim.objects.get(text="37 per cent")
    assert quote.speaker == "Jeremy Corbyn"
    assert quote.suggested_verdict == "inaccurate"


@pytest.mark.django_db
def test_the_command_prints_json_with_offsets_into_each_file_as_read(tmp_path):
    text = "Jane Doe won 12,345 votes.\r\nTurnout was 61.2%, down from 64.0% in 2019.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    out = StringIO()
    call_command("extract_claims", "--json", str(path), stdout=out)
    [entry] = json.loads(out.getvalue())
    assert entry["file"] == str(path)
    raw = path.read_bytes().decode("utf-8")
    texts = [c["text"] for c in entry["claims"]]
    assert "12,345" in texts
    assert "61.2%" in texts
    for claim in entry["claims"]:
        assert raw[claim["start"] : claim["end"]] == claim["text"]
        for field in ("sentence", "value", "unit", "claim_type", "subject", "election",
                      "qualifier", "speaker"):  # fmt: skip
            assert field in claim


@pytest.mark.django_db
def test_the_command_prints_a_readable_table(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Turnout was 61.2 per cent.", encoding="utf-8")
    out = StringIO()
    call_command("extract_claims", str(path), stdout=out)
    assert "61.2 per cent" in out.getvalue()
    assert "turnout" in out.getvalue()


@pytest.mark.django_db
def test_the_command_refuses_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("extract_claims", str(tmp_path / "missing.txt"))
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 24,120".encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("extract_claims", str(bad))
