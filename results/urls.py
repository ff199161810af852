from django.urls import path

from . import views

app_name = "results"

# The seat page here is the official result alone. config/urls.py mounts the
# fact-checked seat page, its versions, checks and exports under the same
# prefix ahead of these (the "verification" namespace); "results:contest"
# still names the seat's URL.
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:election>/", views.election_detail, name="election"),
    path("<slug:election>/<slug:constituency>/", views.contest_detail, name="contest"),
]
