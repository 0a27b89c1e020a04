from django.http import HttpResponse


def cancel(request, token):
    return HttpResponse(status=501)


def contribute(request, token):
    return HttpResponse(status=501)
