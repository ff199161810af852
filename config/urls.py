from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView

from factcheck.api import api
from factcheck.urls import verification_urlpatterns
from factcheck.views import public

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="results:index", permanent=False)),
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # The seat pages with their published checks, and the exports, first: they
    # share /results/ with the official results, and the seat page's path.
    path("results/", include(verification_urlpatterns)),
    path("results/", include("results.urls")),
    path("desk/", include("factcheck.urls")),
    path("methodology/", public.methodology, name="methodology"),
    # The JSON API for newsroom systems (factcheck/api.py), its OpenAPI at /api/v1/openapi.json
    path("api/v1/", api.urls),
]
