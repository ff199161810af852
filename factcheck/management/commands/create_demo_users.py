from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from factcheck import roles
from factcheck.published import DEMO_CHECKER, DEMO_WRITER
from results import roles as results_roles

DEMO_USERS = [
    # username, password, groups, staff
    ("editor", "tally-editor-demo", [roles.EDITOR, roles.PUBLISHER], True),
    ("editor2", "tally-editor2-demo", [roles.EDITOR], True),
    ("dataentry", "tally-dataentry-demo", [results_roles.DATA_ENTRY], True),
    ("dataentry2", "tally-dataentry2-demo", [results_roles.DATA_ENTRY], True),
]
# The demo review's own accounts (``factcheck.demo``): no password, so no one logs in as
# them, and what they write is marked as demo data wherever it is shown.
DEMO_REVIEW_ACCOUNTS = [
    (DEMO_WRITER, [roles.EDITOR, roles.PUBLISHER], "writes and publishes the demo verdicts"),
    (DEMO_CHECKER, [roles.EDITOR], "signs off the demo verdicts"),
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
        for username, groups, does in DEMO_REVIEW_ACCOUNTS:
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_unusable_password()
                user.save()
            user.groups.add(*Group.objects.filter(name__in=groups))
            state = "created" if created else "exists"
            self.stdout.write(f"  {username:12} no login: make run's demo review {does} ({state})")
