"""The newsroom's roles, as contrib.auth groups, and what each may do."""

from django.contrib.auth.models import Group, Permission

EDITOR = "Editor"
DATA_ENTRY = "Data entry"
PUBLISHER = "Publisher"

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
    EDITOR: [
        ("factcheck", f"{action}_{model}")
        for model in ("article", "claim", "review")
        for action in ("add", "change", "view")
    ]
    + [("factcheck", "approve_review"), ("factcheck", "view_claimgroup")],
    PUBLISHER: [
        ("factcheck", "view_article"),
        ("factcheck", "view_claim"),
        ("factcheck", "view_review"),
        ("factcheck", "publish_contest"),
    ],
}  # fmt: skip


def ensure_groups(**kwargs) -> None:
    """Create the groups and give each its permissions; safe to run again."""
    wanted = {perm for perms in GROUP_PERMISSIONS.values() for perm in perms}
    found = {
        (p.content_type.app_label, p.codename): p
        for p in Permission.objects.select_related("content_type").filter(
            codename__in={codename for _, codename in wanted}
        )
    }
    for name, perms in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(found[p] for p in perms if p in found))
