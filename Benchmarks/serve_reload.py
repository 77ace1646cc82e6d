#!/usr/bin/env python3
"""Save-to-reload time of `casebook serve`, measured with a real browser.

For each size, a synthetic site is generated (generate_corpus.py), `casebook serve` is started
on it and headless Chromium opens one case page. Then, round after round, the case's name is
changed in its file and the clock runs from the moment the file is written to the moment the
browser shows the new name: the watcher noticing, the incremental rebuild, the event to the
page, the reload and the new page's rendering. The browser is never touched.

Settings from the environment:
  SERVE_BENCH_SIZES   case counts, default "100 2000"
  SERVE_BENCH_ROUNDS  edits per size, default 7
  CASEBOOK_BIN        the binary (default .build/release/casebook)
Prints a table and writes it to Benchmarks/work/serve-results.md.
"""
import os
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")


def free_port():
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def measure(binary, cases, rounds, driver):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    folder = os.path.join(WORK, f"serve-{cases}")
    subprocess.run(["rm", "-rf", folder], check=True)
    subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), folder, str(cases)],
                   check=True, stdout=subprocess.DEVNULL)
    site = os.path.join(folder, "casebook")
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--port", str(port), "--now", "2026-11-21T00:00:00Z"],
                              cwd=site, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    started = time.time()
    threading.Thread(target=lambda: [lines.append(line) for line in server.stdout], daemon=True).start()
    try:
        while not any(line.startswith("Serving ") for line in lines):
            if server.poll() is not None or time.time() - started > 600:
                raise RuntimeError("serve did not start:\n" + "".join(lines))
            time.sleep(0.05)
        first_build = time.time() - started
        lines.clear()
        case_files = sorted(os.listdir(os.path.join(site, "Content/cases")))
        slug = case_files[len(case_files) // 2][:-3]
        path = os.path.join(site, "Content/cases", slug + ".md")
        driver.get(f"http://127.0.0.1:{port}/cases/{slug}/")
        original = open(path, encoding="utf-8").read()
        name_line = next(line for line in original.split("\n") if line.startswith("name: "))

        def heading(d):
            try:
                return d.find_element(By.TAG_NAME, "h1").text
            except Exception:
                return ""

        times = []
        for round_number in range(rounds):
            marker = f"Edit {round_number}"
            text = original.replace(name_line, name_line[:-1] + f" {marker}\"", 1)
            time.sleep(0.5)  # let the watcher settle, as a person pauses between saves
            saved = time.perf_counter()
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            WebDriverWait(driver, 120, poll_frequency=0.005).until(lambda d: marker in heading(d))
            times.append(time.perf_counter() - saved)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original)
        rebuilds = [float(line.split()[2]) for line in lines if line.startswith("Rebuilt in ")]
        return first_build, times, rebuilds
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    binary = os.path.abspath(os.environ.get("CASEBOOK_BIN") or os.path.join(ROOT, ".build/release/casebook"))
    sizes = [int(size) for size in os.environ.get("SERVE_BENCH_SIZES", "100 2000").split()]
    rounds = int(os.environ.get("SERVE_BENCH_ROUNDS", "7"))
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        sys.exit("serve bench: selenium is missing (make browser-deps installs it)")
    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    rows = []
    try:
        for cases in sizes:
            first_build, times, rebuilds = measure(binary, cases, rounds, driver)
            rows.append((cases, first_build, times, rebuilds))
            print(f"serve bench: {cases} cases: median {statistics.median(times):.2f} s", flush=True)
    finally:
        driver.quit()
    load = os.getloadavg()[0]
    table = [
        "#### casebook serve: from saving a file to the page having reloaded",
        "",
        f"- run: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, rounds: {rounds}, load average at end {load:.2f}",
        "",
        "| cases | first build s | save to reloaded page: median s | min s | max s | of which rebuild: median s |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for cases, first_build, times, rebuilds in rows:
        rebuild = f"{statistics.median(rebuilds):.2f}" if rebuilds else "n/a"
        table.append(f"| {cases:,} | {first_build:.2f} | {statistics.median(times):.2f} | {min(times):.2f} | "
                     f"{max(times):.2f} | {rebuild} |")
    text = "\n".join(table) + "\n"
    os.makedirs(WORK, exist_ok=True)
    with open(os.path.join(WORK, "serve-results.md"), "w") as handle:
        handle.write(text)
    print(text)


if __name__ == "__main__":
    main()
