# Each candidacy cites the row its figures were read from (the candidate file's line, the
# notional file's line, or "entered by hand, approved by …"). Blank until the next import
# of the Library's files (``manage.py import_results`` or ``load_seeds``) fills it in.

from django.db import migrations, models

HELP = (
    "Where this candidate's figures were read: the file and line of its row "
    '("HoC-GE2024-results-by-candidate.csv, line 1234"), or "entered by hand, approved by …" '
    "once a hand entry of its figures is approved. Set by the import and by Contest.approve; "
    "blank for rows made before it was kept."
)


class Migration(migrations.Migration):
    dependencies = [
        ("results", "0009_declarations_and_search_names"),
    ]

    operations = [
        migrations.AddField(
            model_name="candidacy",
            name="source_row",
            field=models.CharField(blank=True, editable=False, help_text=HELP, max_length=300),
        ),
        migrations.AddField(
            model_name="historicalcandidacy",
            name="source_row",
            field=models.CharField(blank=True, editable=False, help_text=HELP, max_length=300),
        ),
    ]
