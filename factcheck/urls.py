from django.urls import path

from .views import batches, desk, live, public, publish, queues

app_name = "factcheck"

# The editors' desk, under /desk/.
urlpatterns = [
    path("", desk.desk_index, name="desk_index"),
    path("after-login/", desk.after_login, name="after_login"),
    path("claims/", queues.claims_list, name="claims"),
    path("seats/", queues.seats_overview, name="seats"),
    path("seats/<int:pk>/assign/", queues.seat_assign, name="seat_assign"),
    path("batches/", batches.batch_list, name="batches"),
    path("batches/new/", batches.batch_new, name="batch_new"),
    path("batches/<int:pk>/", batches.batch_detail, name="batch_detail"),
    path("batches/<int:pk>/decide/", batches.batch_decide, name="batch_decide"),
    path("articles/<int:pk>/live/", live.article_live, name="article_live"),
    path("articles/<int:pk>/assign/", queues.article_assign, name="article_assign"),
    path("articles/new/", desk.article_add, name="article_add"),
    path("articles/<int:pk>/", desk.article_detail, name="article_detail"),
    path("articles/<int:pk>/claims/new/", desk.claim_add, name="claim_add"),
    path("articles/<int:pk>/extraction/", desk.article_extraction, name="article_extraction"),
    path("articles/<int:pk>/extraction/retry/", desk.article_retry, name="article_retry"),
    path("articles/<int:pk>/recheck/", desk.article_recheck, name="article_recheck"),
    path(
        "articles/<int:pk>/recheck/status/",
        desk.article_recheck_status,
        name="article_recheck_status",
    ),
    path("claims/<int:pk>/", desk.claim_detail, name="claim_detail"),
    path("claims/<int:pk>/history/", desk.claim_history_page, name="claim_history"),
    path("contests/<int:pk>/publish/", publish.contest_publish, name="contest_publish"),
    path("elections/<slug:election>/publish/", publish.national_publish, name="national_publish"),
    path("withdrawals/new/", publish.withdrawal_request, name="withdrawal_request"),
    path("withdrawals/<int:pk>/approve/", publish.withdrawal_approve, name="withdrawal_approve"),
    path("withdrawals/<int:pk>/cancel/", publish.withdrawal_cancel, name="withdrawal_cancel"),
    path("repeats/", desk.repeats_list, name="repeats"),
    path("repeats/confirm/", desk.repeats_confirm, name="repeats_confirm"),
    path("claims/<int:pk>/accept/", desk.claim_accept, name="claim_accept"),
    path("claims/<int:pk>/verdict/", desk.claim_verdict, name="claim_verdict"),
    path("claims/<int:pk>/approve/", desk.claim_approve, name="claim_approve"),
    path("claims/<int:pk>/correct/", desk.claim_correct, name="claim_correct"),
    path("claims/<int:pk>/reject/", desk.claim_reject, name="claim_reject"),
    path("claims/<int:pk>/restore/", desk.claim_restore, name="claim_restore"),
    path("claims/<int:pk>/reading/", desk.claim_reading, name="claim_reading"),
    # article URLs and feeds (issue 17)
    path("fetches/", desk.fetch_list, name="fetch_list"),
    path("fetches/<int:pk>/", desk.fetch_detail, name="fetch_detail"),
    path("fetches/<int:pk>/status/", desk.fetch_status, name="fetch_status"),
    path("fetches/<int:pk>/retry/", desk.fetch_retry, name="fetch_retry"),
    path("feeds/", desk.feed_list, name="feed_list"),
    path("feeds/<int:pk>/pause/", desk.feed_pause, name="feed_pause"),
    path("feeds/<int:pk>/poll/", desk.feed_poll, name="feed_poll"),
    path("feeds/<int:pk>/delete/", desk.feed_delete, name="feed_delete"),
]

# The published pages, mounted under /results/ by config/urls.py ahead of
# results.urls, as the "verification" namespace. The seat page and the election's
# national page share their paths with results' "results:contest" and
# "results:election" and serve them with the published checks added.
verification_urlpatterns = (
    [
        path("<slug:election>/", public.election_detail, name="election"),
        path("<slug:election>/v<int:version>/", public.election_version, name="election_version"),
        path(
            "<slug:election>/claims/<int:check>/",
            public.national_check_detail,
            name="national_check",
        ),
        path("<slug:election>/checks.csv", public.checks_csv, name="checks_csv"),
        path("<slug:election>/<slug:constituency>.json", public.contest_json, name="contest_json"),
        path("<slug:election>/<slug:constituency>/", public.contest_detail, name="contest"),
        path(
            "<slug:election>/<slug:constituency>/v<int:version>/",
            public.contest_version,
            name="contest_version",
        ),
        path(
            "<slug:election>/<slug:constituency>/claims/<int:check>/",
            public.check_detail,
            name="check",
        ),
    ],
    "verification",
)
