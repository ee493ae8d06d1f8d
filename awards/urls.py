from django.urls import path

from portal.api import conditional_get

from .api import RecognitionListAPI

urlpatterns = [
    path(
        "api/v2/recognitions/",
        conditional_get(RecognitionListAPI.as_view()),
        name="awards_api_recognitions",
    ),
]
