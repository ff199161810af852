from django.urls import path

from . import views

app_name = "results"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:election>/", views.election_detail, name="election"),
    path("<slug:election>/<slug:constituency>/", views.contest_detail, name="contest"),
]
