from django.urls import path

from comments import views

app_name = "comments"
urlpatterns = [
    path("token/", views.form_token, name="token"),
    path("post/<int:page_id>/", views.post_comment, name="post"),
]
