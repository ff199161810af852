from django.apps import AppConfig


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Fact-checking"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from results.signals import official_figures_changed

        from .roles import ensure_groups

        # After every migrate and every test flush, so the groups keep
        # their permissions even when a transactional test wiped them.
        post_migrate.connect(ensure_groups, sender=self)
        # Claims whose evidence changed are checked again in the background.
        official_figures_changed.connect(
            _official_figures_changed, dispatch_uid="factcheck.rechecks"
        )


def _official_figures_changed(sender, **kwargs) -> None:
    """``factcheck.tasks.on_official_figures_changed``, imported when first needed so that
    starting a process does not load the checker."""
    from .tasks import on_official_figures_changed

    on_official_figures_changed(sender, **kwargs)
