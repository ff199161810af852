"""The newsroom's groups; their permissions are set after each migrate."""

from django.db import migrations

GROUPS = ["Editor", "Data entry", "Publisher"]


def add_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("factcheck", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(add_groups, migrations.RunPython.noop)]
