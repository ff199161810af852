from django.urls import path

from . import views

app_name = "results"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:election>/", views.election_detail, name="election"),
    path("<slug:election>/checks.csv", views.checks_csv, name="checks_csv"),
    path("<slug:election>/<slug:constituency>.json", views.contest_json, name="contest_json"),
    path("<slug:election>/<slug:constituency>/", views.contest_detail, name="contest"),
    path(
        "<slug:election>/<slug:constituency>/v<int:version>/",
        views.contest_version,
        name="contest_version",
    ),
    path(
        "<slug:election>/<slug:constituency>/claims/<int:check>/",
        views.check_detail,
        name="check",
    ),
]
