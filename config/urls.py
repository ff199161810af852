from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView, TemplateView

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="results:index", permanent=False)),
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("results/", include("results.urls")),
    path("desk/", include("factcheck.urls")),
    path(
        "methodology/", TemplateView.as_view(template_name="methodology.html"), name="methodology"
    ),
]
