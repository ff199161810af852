"""The newsroom's fact-checking roles, as contrib.auth groups, and what each may do.

Editors write and sign off verdicts; Publishers publish a seat's approved
checks. The Data entry group belongs to ``results`` (``results.roles``);
its name is repeated here only so that one module names every role.
"""

from results.roles import DATA_ENTRY, ensure_group_permissions

EDITOR = "Editor"
PUBLISHER = "Publisher"

__all__ = ["DATA_ENTRY", "EDITOR", "GROUP_PERMISSIONS", "PUBLISHER", "ensure_groups"]

# (app_label, codename) pairs each group holds.
GROUP_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
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
    """Create the Editor and Publisher groups with their permissions (a ``post_migrate`` receiver).

    Safe to run again; see ``results.roles.ensure_group_permissions``.
    """
    ensure_group_permissions(GROUP_PERMISSIONS)
