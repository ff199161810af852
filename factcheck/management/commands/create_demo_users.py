from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from factcheck import roles
from results import roles as results_roles

DEMO_USERS = [
    # username, password, groups, staff
    ("editor", "tally-editor-demo", [roles.EDITOR, roles.PUBLISHER], True),
    ("editor2", "tally-editor2-demo", [roles.EDITOR], True),
    ("dataentry", "tally-dataentry-demo", [results_roles.DATA_ENTRY], True),
    ("dataentry2", "tally-dataentry2-demo", [results_roles.DATA_ENTRY], True),
]


class Command(BaseCommand):
    help = "Create the demo accounts for a local run (never for production) and print them."

    def handle(self, *args, **options):
        User = get_user_model()
        for username, password, groups, staff in DEMO_USERS:
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_password(password)
                user.is_staff = staff
                user.save()
            user.groups.add(*Group.objects.filter(name__in=groups))
            state = "created" if created else "exists"
            self.stdout.write(
                f"  {username:10} password {password:22} ({', '.join(groups)}; {state})"
            )
