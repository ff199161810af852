"""The results desk's role, as a contrib.auth group, and what it may do.

``results`` names only its own group (Data entry). Apps above it name theirs
in their own ``roles`` module and may reuse ``ensure_group_permissions()``.
"""

from collections.abc import Mapping, Sequence

from django.contrib.auth.models import Group, Permission

DATA_ENTRY = "Data entry"

# (app_label, codename) pairs each group holds.
GROUP_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    DATA_ENTRY: [
        ("results", f"{action}_{model}")
        for model in (
            "election", "party", "constituency", "contest", "candidacy",
            "nationaltally", "projection", "referencefact",
        )
        for action in ("add", "change", "view")
    ]
    + [("results", "approve_contest")],
}  # fmt: skip


def ensure_group_permissions(groups: Mapping[str, Sequence[tuple[str, str]]]) -> None:
    """Create each named group and add the permissions listed for it; safe to run again.

    ``groups`` maps a group name to ``(app_label, codename)`` pairs. A
    permission that does not exist yet (its app is not migrated) is skipped,
    not an error; permissions a group already holds are kept.
    """
    wanted = {perm for perms in groups.values() for perm in perms}
    found = {
        (p.content_type.app_label, p.codename): p
        for p in Permission.objects.select_related("content_type").filter(
            codename__in={codename for _, codename in wanted}
        )
    }
    for name, perms in groups.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(found[p] for p in perms if p in found))


def ensure_groups(**kwargs) -> None:
    """Create the Data entry group with its permissions (a ``post_migrate`` receiver)."""
    ensure_group_permissions(GROUP_PERMISSIONS)
