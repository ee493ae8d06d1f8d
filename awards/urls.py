from django.urls import path

from .api import RecognitionListAPI

urlpatterns = [
    path(
        "api/v2/recognitions/",
        RecognitionListAPI.as_view(),
        name="awards_api_recognitions",
    ),
]
