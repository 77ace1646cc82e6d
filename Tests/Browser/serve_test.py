#!/usr/bin/env python3
"""Drives `casebook serve` as a person would, with a real browser (headless Chromium).

Copies the example content into a new folder, starts `casebook serve` there and checks:
- over raw HTTP: the redirect from `/`, content types, the theme's 404 page, and that nothing
  outside the built site is served (`..`, `%2e%2e`, a symbolic link out of the site);
- in Chromium: a saved edit shows up without touching the browser, a broken file turns the page
  into the error page (place, message, excerpt), and fixing it brings the page back; the
  language switcher leads from the English case page to its Russian and Polish translations;
- that the built site never holds the reload script, and that a busy port is a clear error.

Usage: serve_test.py PATH/TO/casebook [SCREENSHOT_FOLDER]
Prints one line per check and a last line `browser: N passed, N failed`.
"""
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASE = "Content/cases/iskander-yerimbetov.md"
passed, failed = 0, 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"PASS {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")
    sys.stdout.flush()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path):
    """One request with the path sent exactly as written (no normalising client in between)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest("GET", path, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict((k.lower(), v) for k, v in response.getheaders()), body


class Server:
    def __init__(self, binary, folder, port, extra=()):
        self.lines = []
        self.process = subprocess.Popen(
            [binary, "serve", "--port", str(port), "--now", "2026-11-30T12:00:00Z", *extra],
            cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()

    def read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern, seconds):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for line in self.lines:
                if re.search(pattern, line):
                    return line
            if self.process.poll() is not None and not self.reader.is_alive():
                return None
            time.sleep(0.05)
        return None

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def http_checks(port, folder):
    status, headers, _ = get(port, "/")
    check("/ redirects to base_url's path", status == 302 and headers.get("location") == "/kazakhstan/",
          f"{status} {headers.get('location')}")
    status, headers, body = get(port, "/kazakhstan/")
    check("the home page is HTML with the reload script",
          status == 200 and headers.get("content-type") == "text/html; charset=utf-8"
          and b"/__casebook/events" in body, f"{status} {headers.get('content-type')}")
    status, headers, body = get(port, "/kazakhstan/assets/style.css")
    check("a stylesheet is text/css", status == 200 and headers.get("content-type", "").startswith("text/css"))
    site = os.path.join(folder, ".casebook/serve/public")
    texts = [name for name in os.listdir(os.path.join(site, "releases")) if name.endswith(".txt")]
    if texts:
        status, headers, body = get(port, "/kazakhstan/releases/" + texts[0])
        check(".txt is text/plain; charset=utf-8",
              status == 200 and headers.get("content-type") == "text/plain; charset=utf-8"
              and b"__casebook" not in body, f"{status} {headers.get('content-type')}")
    else:
        check(".txt is text/plain; charset=utf-8", False, "the built site has no .txt release")
    status, headers, body = get(port, "/kazakhstan/no/such/page/")
    theme_404 = open(os.path.join(site, "404.html"), "rb").read()
    check("a missing page gets the theme's 404 page",
          status == 404 and body.startswith(theme_404[: theme_404.rfind(b"</body>")]), f"{status}")
    secret = os.path.join(folder, "secret.txt")
    with open(secret, "w") as handle:
        handle.write("SECRET-OUTSIDE-THE-SITE\n")
    os.symlink(secret, os.path.join(site, "leak.txt"))
    os.symlink(folder, os.path.join(site, "up"))
    for path in ["/kazakhstan/../../secret.txt", "/kazakhstan/%2e%2e/%2e%2e/%2e%2e/secret.txt",
                 "/kazakhstan/%2E%2E/%2E%2E/%2E%2E/etc/passwd", "/kazakhstan/..%2f..%2f..%2fsecret.txt",
                 "/../../../../../../etc/passwd", "/kazakhstan/leak.txt", "/kazakhstan/up/secret.txt",
                 "/kazakhstan/up/Content/site.yaml"]:
        status, _, body = get(port, path)
        check(f"{path} stays inside the site",
              status in (302, 404) and b"SECRET-OUTSIDE" not in body and b"root:" not in body
              and b"base_url" not in body, f"{status} {body[:80]!r}")
    os.remove(os.path.join(site, "leak.txt"))
    os.remove(os.path.join(site, "up"))


def browser_checks(port, folder, server, shots):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        page = f"http://127.0.0.1:{port}/kazakhstan/cases/iskander-yerimbetov/"
        driver.get(page)
        def heading(d):
            # While the page reloads, the old heading goes stale: read again on the next poll.
            try:
                return d.find_element(By.TAG_NAME, "h1").text
            except Exception:
                return ""

        check("the case page opens", "Iskander Yerimbetov" in heading(driver), heading(driver))
        driver.save_screenshot(os.path.join(shots, "serve-page.png"))
        path = os.path.join(folder, CASE)
        original = open(path, encoding="utf-8").read()

        saved = time.time()
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original.replace("name: Iskander Yerimbetov", "name: Iskander Yerimbetov (edited)", 1))
        try:
            WebDriverWait(driver, 30, poll_frequency=0.05).until(lambda d: "(edited)" in heading(d))
            check(f"a saved edit shows without touching the browser ({time.time() - saved:.2f} s)", True)
        except Exception as error:
            check("a saved edit shows without touching the browser", False, repr(error))

        def errors(d):
            # Saving truncates the file before writing it, so the server may first report the empty
            # file and then reload into the final error: read the box again on every poll.
            try:
                return d.find_element(By.ID, "casebook-errors").text
            except Exception:
                return ""

        def shows_the_broken_line(text):
            return (re.search(r"Content/cases/iskander-yerimbetov\.md:7:9", text) is not None
                    and "jailed" in text and "7 | status: jailed" in text)

        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original.replace("status: imprisoned", "status: jailed", 1))
        try:
            WebDriverWait(driver, 30, poll_frequency=0.05).until(lambda d: shows_the_broken_line(errors(d)))
            check("a broken file turns the page into the error page", True)
        except Exception as error:
            check("a broken file turns the page into the error page", False, f"{error!r} {errors(driver)!r}")
        driver.save_screenshot(os.path.join(shots, "serve-error.png"))
        check("the terminal prints the error too",
              server.wait_for(r"iskander-yerimbetov\.md:7:9: error:", 10) is not None, "\n".join(server.lines))

        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original)
        try:
            WebDriverWait(driver, 30, poll_frequency=0.05).until(
                lambda d: not d.find_elements(By.ID, "casebook-errors") and d.find_elements(By.TAG_NAME, "h1")
                and heading(d) == "Iskander Yerimbetov")
            check("fixing the file brings the page back", True)
        except Exception as error:
            check("fixing the file brings the page back", False, repr(error))
        driver.save_screenshot(os.path.join(shots, "serve-fixed.png"))
        language_checks(driver, port, shots)
    finally:
        driver.quit()


def language_checks(driver, port, shots):
    """Follows the language switcher from the English case page to Russian and Polish and back,
    as a reader would, and checks what each page says about its language."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def switcher(d):
        try:
            return [(link.text, link.get_attribute("hreflang"), link.get_attribute("aria-current"))
                    for link in d.find_elements(By.CSS_SELECTOR, 'nav.languages[aria-label] a')]
        except Exception:
            return []

    def follow(name, language, heading):
        driver.find_element(By.CSS_SELECTOR, f'nav.languages a[hreflang="{language}"]').click()
        try:
            WebDriverWait(driver, 30, poll_frequency=0.05).until(
                lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
                and d.find_element(By.TAG_NAME, "h1").text == heading)
            check(f"the switcher leads to the {name} page", True)
        except Exception as error:
            check(f"the switcher leads to the {name} page", False, repr(error))

    driver.get(f"http://127.0.0.1:{port}/kazakhstan/cases/mukhtar-dzhakishev/")
    check("the switcher names the page's languages in themselves, the current one marked",
          switcher(driver) == [("English", "en", "page"), ("Русский", "ru", None), ("Polski", "pl", None)],
          str(switcher(driver)))
    follow("Russian", "ru", "Мухтар Джакишев")
    check("on the Russian page, Русский is the current language",
          ("Русский", "ru", "page") in switcher(driver), str(switcher(driver)))
    driver.save_screenshot(os.path.join(shots, "serve-russian.png"))
    follow("Polish", "pl", "Muchtar Dżakiszew")
    follow("English", "en", "Mukhtar Dzhakishev")
    driver.get(f"http://127.0.0.1:{port}/kazakhstan/cases/iskander-yerimbetov/")
    check("a page in one language has no switcher", switcher(driver) == [], str(switcher(driver)))
    driver.get(f"http://127.0.0.1:{port}/kazakhstan/ru/")
    links = driver.find_elements(By.CSS_SELECTOR, 'a[href="/kazakhstan/cases/iskander-yerimbetov/"][hreflang="en"]')
    labels = [label.text for label in driver.find_elements(By.CSS_SELECTOR, '.item .language')]
    check("the Russian list links an untranslated case to the original, labelled with its language",
          len(links) == 1 and "язык: английский" in labels, f"{len(links)} {labels}")


def drafts_checks(binary, folder, public_port):
    """A case started with `casebook new case` is a draft: absent from the site, shown by --drafts."""
    made = subprocess.run([binary, "new", "case", "Тест Тестов"], cwd=folder, capture_output=True, text=True)
    check("new case prints the path it wrote", made.stdout == "Content/cases/test-testov.md\n", made.stdout + made.stderr)
    time.sleep(1)
    status, _, _ = get(public_port, "/kazakhstan/cases/test-testov/")
    check("the draft is not on the public site", status == 404, str(status))
    port = free_port()
    review = Server(binary, folder, port, ["--drafts"])
    try:
        check("serve --drafts starts", review.wait_for(r"^Serving http://", 120) is not None, "\n".join(review.lines))
        status, _, body = get(port, "/kazakhstan/cases/test-testov/")
        check("serve --drafts shows the draft with its banner",
              status == 200 and re.search(rb'class="banner"><strong>[^<]*draft', body, re.I) is not None,
              f"{status}")
    finally:
        review.stop()


def main():
    binary = os.path.abspath(sys.argv[1])
    shots = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="casebook-shots-")
    os.makedirs(shots, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="casebook-serve-")
    shutil.copytree(os.path.join(ROOT, "Content"), os.path.join(folder, "Content"))
    port = free_port()
    server = Server(binary, folder, port)
    try:
        line = server.wait_for(r"^Serving http://127\.0\.0\.1:\d+/kazakhstan/", 120)
        check("serve prints the site's address", line == f"Serving http://127.0.0.1:{port}/kazakhstan/ (press Ctrl-C to stop)",
              "\n".join(server.lines))
        if line is None:
            return
        http_checks(port, folder)
        browser_checks(port, folder, server, shots)
        built = os.path.join(folder, ".casebook/serve/public")
        leaked = [name for base, _, names in os.walk(built) for name in names
                  if b"__casebook" in open(os.path.join(base, name), "rb").read()]
        check("the built site never holds the reload script", not leaked, str(leaked))
        check("serve never writes Output/", not os.path.exists(os.path.join(folder, "Output")))
        drafts_checks(binary, folder, port)
        second = subprocess.run([binary, "serve", "--port", str(port)], cwd=folder, capture_output=True,
                                text=True, timeout=60)
        check("a busy port is a clear error", second.returncode == 1 and "already in use" in second.stderr,
              second.stderr)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
        print(f"screenshots: {shots}")
        print(f"browser: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
