from django.urls import path

from . import views

app_name = "factcheck"

urlpatterns = [
    path("", views.desk_index, name="desk_index"),
    path("articles/new/", views.article_add, name="article_add"),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
    path("articles/<int:pk>/claims/new/", views.claim_add, name="claim_add"),
    path("articles/<int:pk>/extraction/", views.article_extraction, name="article_extraction"),
    path("claims/<int:pk>/", views.claim_detail, name="claim_detail"),
    path("contests/<int:pk>/publish/", views.contest_publish, name="contest_publish"),
    path("claims/<int:pk>/accept/", views.claim_accept, name="claim_accept"),
    path("claims/<int:pk>/verdict/", views.claim_verdict, name="claim_verdict"),
    path("claims/<int:pk>/approve/", views.claim_approve, name="claim_approve"),
    path("claims/<int:pk>/correct/", views.claim_correct, name="claim_correct"),
    path("claims/<int:pk>/reject/", views.claim_reject, name="claim_reject"),
    path("claims/<int:pk>/restore/", views.claim_restore, name="claim_restore"),
]
