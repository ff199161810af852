from django.apps import AppConfig


class ResultsConfig(AppConfig):
    name = "results"
    verbose_name = "Official results"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from .roles import ensure_groups

        # After every migrate and every test flush, so the group keeps its
        # permissions even when a transactional test wiped it.
        post_migrate.connect(ensure_groups, sender=self)
