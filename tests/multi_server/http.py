"""A visitor talking HTTP to the app servers: its own cookies (sent over
plain HTTP too, although the production cookies are marked Secure), one
address in X-Forwarded-For, optionally one Host for every server (as a load
balancer forwards the site's public name), and no redirects followed."""

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from bs4 import BeautifulSoup


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


@dataclass
class Answer:
    status: int
    headers: dict
    text: str

    def soup(self) -> BeautifulSoup:
        return BeautifulSoup(self.text, "html.parser")

    def hidden_fields(self, form_selector: str = "form") -> dict:
        form = self.soup().select_one(form_selector)
        return {
            field["name"]: field.get("value", "")
            for field in form.select("input[type=hidden][name]")
        }


@dataclass
class Visitor:
    address: str
    host: str | None = None
    cookies: dict = field(default_factory=dict)

    def request(self, url: str, data: dict | None = None) -> Answer:
        headers = {"X-Forwarded-For": self.address}
        if self.host:
            headers["Host"] = self.host
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
            headers["Referer"] = url
        request = urllib.request.Request(url, data=body, headers=headers)
        try:
            response = OPENER.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        with response:
            answer = Answer(
                status=response.status,
                headers=dict(response.headers),
                text=response.read().decode(errors="replace"),
            )
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
        return answer

    def get(self, url: str) -> Answer:
        return self.request(url)

    def post(self, url: str, data: dict) -> Answer:
        return self.request(url, data)

    def sign_in(self, base: str, username: str, password: str) -> Answer:
        form = self.get(base + "/admin/login/")
        data = form.hidden_fields("form[method=post]")
        data.update(username=username, password=password)
        return self.post(base + "/admin/login/", data)
