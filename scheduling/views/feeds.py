from django.http import HttpResponse


def calendar_feed(request, slug):
    return HttpResponse(status=501)


def personal_feed(request, token):
    return HttpResponse(status=501)
