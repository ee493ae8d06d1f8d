"""Read-only JSON API of public recognitions: /api/v2/recognitions/.

The same filters as the public listings (programme, year, category, country), with the
policy of every API of the site (portal/api.py): `limit` (at most 100) and `offset`,
`{"meta": {"total_count": N}, "items": [...]}`, and a 400 naming each unknown parameter
and each unknown or malformed value. Embargoed recognitions are never returned
(Recognition.objects.public())."""

from rest_framework import serializers
from rest_framework.generics import ListAPIView

from portal.api import LimitOffsetPagination, ParamError, PublicAPIMixin, check_known_parameters
from portal.filtering import BadFilter

from . import views
from .filters import RecognitionFilterSet
from .models import AwardCategory, AwardProgramPage, AwardsIndexPage, Recognition
from .models.pages import next_announcement


class HonoureeField(serializers.Field):
    def to_representation(self, honouree):
        request = self.context.get("request")
        url = honouree.url_under(self.context.get("awards_index_url", ""))
        return {
            "name": honouree.name,
            "type": "person" if honouree.is_person else "organisation",
            "url": request.build_absolute_uri(url) if request and url else url,
        }


class RecognitionSerializer(serializers.ModelSerializer):
    programme = serializers.SerializerMethodField()
    year = serializers.IntegerField(source="edition.year")
    edition_url = serializers.SerializerMethodField()
    category = serializers.SerializerMethodField()
    country = serializers.SerializerMethodField()
    honourees = serializers.ListField(child=HonoureeField(), source="honourees.all")
    link = serializers.SerializerMethodField()

    class Meta:
        model = Recognition
        fields = [
            "id",
            "programme",
            "year",
            "edition_url",
            "category",
            "title",
            "honourees",
            "citation",
            "country",
            "rank",
            "link",
        ]

    def _absolute(self, url):
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request and url else url

    def get_programme(self, obj):
        return {"title": obj.programme_title, "slug": obj.programme_slug}

    def get_edition_url(self, obj):
        return self._absolute(obj.edition.get_url(self.context.get("request")))

    def get_category(self, obj):
        if not obj.category_id:
            return None
        return {"name": obj.category.name, "slug": obj.category.slug}

    def get_country(self, obj):
        if not obj.country:
            return None
        return {"code": obj.country.code, "name": str(obj.country.name)}

    def get_link(self, obj):
        return self._absolute(obj.get_link_url()) or None


QUERY_PARAMETERS = ("programme", "year", "category", "country", "limit", "offset")


class RecognitionListAPI(PublicAPIMixin, ListAPIView):
    serializer_class = RecognitionSerializer
    pagination_class = LimitOffsetPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_known_parameters(request.GET, QUERY_PARAMETERS)

    def get_queryset(self):
        programmes = AwardProgramPage.objects.live().public()
        filterset = RecognitionFilterSet(
            self.request.query_params,
            Recognition.objects.public().with_programme(),
            request=self.request,
            programmes=programmes,
            categories=AwardCategory.objects.filter(programme__in=programmes),
        )
        try:
            return filterset.narrow(filterset.queryset).for_listing()
        except BadFilter as exc:
            raise ParamError(exc.as_dict()) from exc

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["awards_index_url"] = AwardsIndexPage.current_url(self.request)
        return context

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        return views.cap_cache_to(response, next_announcement())
