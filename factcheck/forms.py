from decimal import Decimal

from django import forms

from .ingest import MAX_BODY_BYTES, Incoming, looks_like_html
from .review import NewClaim
from .vocabulary import ClaimType, Qualifier, SubjectKind, Unit, Verdict

# Thousands separators an editor types or pastes in a figure: "1,338", "24 120".
_GROUPING = str.maketrans("", "", ", \u00a0\u2009\u202f")


class FigureField(forms.DecimalField):
    """A figure as an editor writes one, thousands grouped or not ("1,338", "24 120",
    "1338"); decimals after a point."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().translate(_GROUPING)
        return super().to_python(value)


class VerdictForm(forms.Form):
    verdict = forms.ChoiceField(choices=Verdict.choices)
    explanation = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Public: shown with the check.",
    )
    note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Internal note",
        help_text="Editors only.",
    )
    this_article_only = forms.BooleanField(
        required=False, label="This article only (override the group's verdict)"
    )
    official_value = FigureField(
        required=False, max_digits=20, decimal_places=6, label="Official figure"
    )
    official_source = forms.CharField(required=False, max_length=300, label="Its source")


class ClaimFieldsMixin(forms.Form):
    value = FigureField(max_digits=20, decimal_places=6)
    claim_type = forms.ChoiceField(choices=ClaimType.choices, label="Type")
    unit = forms.ChoiceField(choices=Unit.choices)
    qualifier = forms.ChoiceField(choices=Qualifier.choices)
    subject = forms.CharField(required=False, max_length=200)
    subject_kind = forms.ChoiceField(
        choices=[("", "—")] + SubjectKind.choices, required=False, label="Subject is a"
    )


class ClaimCorrectionForm(ClaimFieldsMixin):
    pass


class NewClaimForm(ClaimFieldsMixin):
    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, article, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start is not None and end is not None:
            if not start < end <= len(self.article.body):
                raise forms.ValidationError("Select the figure in the article text first.")
            data["text"] = self.article.body[start:end]
        return data

    def new_claim(self) -> NewClaim:
        d = self.cleaned_data
        return NewClaim(
            start=d["start"], end=d["end"], claim_type=d["claim_type"],
            value=Decimal(d["value"]), unit=d["unit"], qualifier=d["qualifier"],
            subject=d["subject"], subject_kind=d["subject_kind"],
        )  # fmt: skip


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,text/plain"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


class ArticleForm(forms.Form):
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False)
    url = forms.URLField(max_length=1000, required=False, label="URL", assume_scheme="https")
    published_on = forms.DateField(
        required=False, label="Published on", widget=forms.DateInput(attrs={"type": "date"})
    )
    body = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        label="Article text",
        help_text="Paste the text (HTML is reduced to text). Up to 1 MB.",
    )
    files = MultipleFileField(
        required=False, label="Or upload .txt files", help_text="One article per file, UTF-8."
    )

    def clean_body(self):
        body = self.cleaned_data["body"]
        if len(body.encode("utf-8")) > MAX_BODY_BYTES:
            raise forms.ValidationError(
                f"The text is {len(body.encode('utf-8')) / 1_000_000:.1f} MB; the limit is 1 MB. "
                "Split it into separate articles."
            )
        return body

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        texts = []
        for upload in files:
            if not upload.name.lower().endswith(".txt"):
                raise forms.ValidationError(f"{upload.name} is not a .txt file.")
            if upload.size > MAX_BODY_BYTES:
                raise forms.ValidationError(
                    f"{upload.name} is {upload.size / 1_000_000:.1f} MB; the limit is 1 MB."
                )
            try:
                text = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise forms.ValidationError(f"{upload.name} is not UTF-8 text.") from exc
            if "\x00" in text:
                raise forms.ValidationError(
                    f"{upload.name} contains a NUL character, so it is not plain text "
                    "(a word-processor or binary file?). Save it as plain .txt and try again."
                )
            texts.append((upload.name, text))
        return texts

    def clean(self):
        data = super().clean()
        body, files = data.get("body", ""), data.get("files", [])
        if self.errors:
            return data
        if not body.strip() and not files:
            raise forms.ValidationError("Paste the article text or choose .txt files to upload.")
        if body.strip() and not data.get("title") and not looks_like_html(body):
            data["title"] = ""
        return data

    def to_ingest(self) -> list[Incoming]:
        d = self.cleaned_data
        items = []
        if d.get("body", "").strip():
            items.append(
                Incoming(
                    title=d.get("title", ""),
                    outlet=d.get("outlet", ""),
                    url=d.get("url", ""),
                    published_on=d.get("published_on"),
                    body=d["body"],
                    source_file="",
                )  # fmt: skip
            )
        for name, text in d.get("files", []):
            items.append(
                Incoming(
                    title="",
                    outlet=d.get("outlet", ""),
                    url="",
                    published_on=d.get("published_on"),
                    body=text,
                    source_file=name,
                )  # fmt: skip
            )
        return items
