"""The main parties, with their colours and the names the press uses.

Imports add any other party they meet, by its Library abbreviation.
"""

from django.db import migrations

PARTIES = [
    # abbreviation, name, colour, press names
    ("Con", "Conservative", "#0087dc",
     "Conservatives, Conservative Party, Conservative and Unionist Party, Tories, Tory"),
    ("Lab", "Labour", "#e4003b", "Labour Party, Labour and Co-operative, Labour Co-op"),
    ("LD", "Liberal Democrat", "#faa61a", "Liberal Democrats, Lib Dems, Lib Dem"),
    ("RUK", "Reform UK", "#12b6cf", "Reform, Reform Party"),
    ("BRX", "The Brexit Party", "#5bc0de", "Brexit Party"),
    ("Green", "Green", "#02a95b",
     "Green Party, Greens, Green Party of England and Wales, Scottish Greens, Scottish Green Party"),
    ("SNP", "Scottish National Party", "#fdf38e", "SNP, Nationalists"),
    ("PC", "Plaid Cymru", "#005b54", "Plaid"),
    ("DUP", "Democratic Unionist Party", "#d46a4c", "DUP"),
    ("SF", "Sinn Féin", "#326760", "Sinn Fein"),
    ("SDLP", "Social Democratic and Labour Party", "#2aa82c", "SDLP"),
    ("UUP", "Ulster Unionist Party", "#48a5ee", "UUP, Ulster Unionists"),
    ("APNI", "Alliance", "#f6cb2f", "Alliance Party"),
    ("TUV", "Traditional Unionist Voice", "#0c3a6a", "TUV"),
    ("Spk", "Speaker", "#555555", "the Speaker"),
    ("Ind", "Independent", "#9e9e9e", "independent"),
]  # fmt: skip


def add_parties(apps, schema_editor):
    Party = apps.get_model("results", "Party")
    for abbreviation, name, colour, press_names in PARTIES:
        Party.objects.update_or_create(
            abbreviation=abbreviation,
            defaults={
                "name": name,
                "colour": colour,
                "press_names": press_names,
                "is_independent": abbreviation == "Ind",
            },
        )


class Migration(migrations.Migration):
    dependencies = [("results", "0001_initial")]
    operations = [migrations.RunPython(add_parties, migrations.RunPython.noop)]
