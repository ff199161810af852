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
        # A verdict applying to many articles has their desk counts recounted in the
        # background (``progress`` cannot import the tasks: they import the models).
        from . import progress

        progress.recount_later = _recount_later
        # Claims whose evidence changed are checked again in the background.
        official_figures_changed.connect(
            _official_figures_changed, dispatch_uid="factcheck.rechecks"
        )


def _official_figures_changed(sender, **kwargs) -> None:
    """``factcheck.tasks.on_official_figures_changed``, imported when first needed so that
    starting a process does not load the checker."""
    from .tasks import on_official_figures_changed

    on_official_figures_changed(sender, **kwargs)


def _recount_later(article_ids: list[int]) -> None:
    """Queue ``factcheck.tasks.recount_articles_task`` (imported when first needed)."""
    from .tasks import recount_articles_task

    recount_articles_task.enqueue(article_ids=article_ids)
