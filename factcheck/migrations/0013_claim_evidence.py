"""Claims record their evidence: its hash, the seats it came from (ClaimEvidence), when and
what changed; "awaiting declaration" as a suggestion; and the "name" claim type
(factcheck.vocabulary, committed without a migration of its own)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("factcheck", "0012_article_extraction_state"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="evidence_change",
            field=models.CharField(
                blank=True,
                help_text='What changed: "official figure revised: 1 → 2".',
                max_length=300,
            ),
        ),
        migrations.AddField(
            model_name="claim",
            name="evidence_changed_at",
            field=models.DateTimeField(
                blank=True,
                help_text="When a re-check last found its official figures changed.",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="claim",
            name="evidence_hash",
            field=models.CharField(blank=True, max_length=64),
        ),
        migrations.AddField(
            model_name="claim",
            name="recheck_requested_at",
            field=models.DateTimeField(
                blank=True,
                db_index=True,
                help_text="Its official figures changed and a re-check is queued (empty: none).",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="claim",
            name="revision_pending",
            field=models.BooleanField(
                default=False,
                help_text="Its verdict was written against figures revised since: back on the desk until a verdict applying to it is signed off again.",
            ),
        ),
        migrations.AlterField(
            model_name="claim",
            name="claim_type",
            field=models.CharField(
                choices=[
                    ("candidate_votes", "Candidate votes"),
                    ("majority", "Majority"),
                    ("turnout", "Turnout"),
                    ("turnout_change", "Turnout change"),
                    ("vote_share", "Vote share"),
                    ("vote_share_change", "Vote share change"),
                    ("seat_count", "Seat count"),
                    ("seat_projection", "Seat projection"),
                    ("age", "Age"),
                    ("year", "Year"),
                    ("term_count", "Term count"),
                    ("rank", "Rank"),
                    ("swing", "Swing"),
                    ("ballot_count", "Electorate or ballot count"),
                    ("name", "Candidate's name"),
                    ("other", "Other"),
                ],
                max_length=30,
            ),
        ),
        migrations.AlterField(
            model_name="claim",
            name="suggested_verdict",
            field=models.CharField(
                blank=True,
                choices=[
                    ("accurate", "Accurate"),
                    ("approximately_accurate", "Approximately accurate"),
                    ("inaccurate", "Inaccurate"),
                    ("not_checkable", "Not checkable"),
                    ("misleading", "Misleading"),
                    ("unverifiable", "Unverifiable"),
                    ("awaiting_declaration", "Awaiting declaration"),
                ],
                max_length=30,
            ),
        ),
        migrations.AlterField(
            model_name="claimgroup",
            name="claim_type",
            field=models.CharField(
                choices=[
                    ("candidate_votes", "Candidate votes"),
                    ("majority", "Majority"),
                    ("turnout", "Turnout"),
                    ("turnout_change", "Turnout change"),
                    ("vote_share", "Vote share"),
                    ("vote_share_change", "Vote share change"),
                    ("seat_count", "Seat count"),
                    ("seat_projection", "Seat projection"),
                    ("age", "Age"),
                    ("year", "Year"),
                    ("term_count", "Term count"),
                    ("rank", "Rank"),
                    ("swing", "Swing"),
                    ("ballot_count", "Electorate or ballot count"),
                    ("name", "Candidate's name"),
                    ("other", "Other"),
                ],
                max_length=30,
            ),
        ),
        migrations.AlterField(
            model_name="historicalclaim",
            name="claim_type",
            field=models.CharField(
                choices=[
                    ("candidate_votes", "Candidate votes"),
                    ("majority", "Majority"),
                    ("turnout", "Turnout"),
                    ("turnout_change", "Turnout change"),
                    ("vote_share", "Vote share"),
                    ("vote_share_change", "Vote share change"),
                    ("seat_count", "Seat count"),
                    ("seat_projection", "Seat projection"),
                    ("age", "Age"),
                    ("year", "Year"),
                    ("term_count", "Term count"),
                    ("rank", "Rank"),
                    ("swing", "Swing"),
                    ("ballot_count", "Electorate or ballot count"),
                    ("name", "Candidate's name"),
                    ("other", "Other"),
                ],
                max_length=30,
            ),
        ),
        migrations.AlterField(
            model_name="historicalclaim",
            name="suggested_verdict",
            field=models.CharField(
                blank=True,
                choices=[
                    ("accurate", "Accurate"),
                    ("approximately_accurate", "Approximately accurate"),
                    ("inaccurate", "Inaccurate"),
                    ("not_checkable", "Not checkable"),
                    ("misleading", "Misleading"),
                    ("unverifiable", "Unverifiable"),
                    ("awaiting_declaration", "Awaiting declaration"),
                ],
                max_length=30,
            ),
        ),
        migrations.CreateModel(
            name="ClaimEvidence",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("election", models.CharField(max_length=40)),
                ("contest_pk", models.PositiveIntegerField(blank=True, null=True)),
                (
                    "claim",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="evidence",
                        to="factcheck.claim",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(fields=["contest_pk"], name="evidence_by_contest"),
                    models.Index(fields=["election", "contest_pk"], name="evidence_by_election"),
                ],
            },
        ),
    ]
