from django.apps import AppConfig


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Fact-checking"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from .roles import ensure_groups

        # After every migrate and every test flush, so the groups keep
        # their permissions even when a transactional test wiped them.
        post_migrate.connect(ensure_groups, sender=self)
