"""Headless Debian chromium driving the sandbox page: start `meldbot sandbox`, find phones,
type, tap, and wait for what the page shows (WebDriverWait, never sleeps)."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait

__all__ = ["Page", "SandboxProcess", "browser_missing", "new_profile", "open_browser"]

ROOT = Path(__file__).resolve().parents[2]
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1500,900")
WAIT = 30.0


def _binary(name: str) -> str | None:
    return shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists()
                                  else None)


def browser_missing() -> str | None:
    """Why the browser test cannot run here, or None."""
    missing = [name for name in ("chromium", "chromedriver") if _binary(name) is None]
    if missing:
        return (f"{' and '.join(missing)} not installed (apt-get install chromium "
                "chromium-driver; .ci/run installs them)")
    return None


def open_browser(profile: Path) -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = _binary("chromium") or "chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    service = Service(_binary("chromedriver") or "chromedriver")
    return webdriver.Chrome(service=service, options=options)


@dataclass
class SandboxProcess:
    """`meldbot sandbox --port 0` as a real process; `url` is what it printed."""

    process: subprocess.Popen[str]
    url: str
    data_dir: Path
    lines: queue.Queue[str]
    reader: threading.Thread

    @classmethod
    def start(cls, workdir: Path, production_data: Path) -> SandboxProcess:
        env = {**os.environ, "MELDBOT_DATA": str(production_data), "PYTHONUNBUFFERED": "1"}
        env.pop("TELEGRAM_BOT_TOKEN", None)
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "sandbox", "--port", "0"], cwd=workdir, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            start_new_session=True)
        lines: queue.Queue[str] = queue.Queue()

        def pump() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.put(line)

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        url = data_dir = ""
        while not (url and data_dir):
            try:
                line = lines.get(timeout=WAIT)
            except queue.Empty:
                process.kill()
                raise AssertionError("meldbot sandbox printed no URL") from None
            url = url or (line.split("open ", 1)[1].strip() if "open http" in line else "")
            if "data in " in line:
                data_dir = line.split("data in ", 1)[1].strip()
        return cls(process, url, Path(data_dir), lines, reader)

    def stop(self) -> int:
        """Ctrl-C, as a person would; returns the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise
        finally:
            self.reader.join(timeout=WAIT)  # the pipe ends when the process does
            if self.process.stdout is not None:
                self.process.stdout.close()


_MESSAGES_JS = """
const phone = document.querySelector(arguments[0]);
if (!phone) return null;
return [...phone.querySelectorAll('.msg')].map(m => ({
  id: Number(m.dataset.id), side: m.classList[1], kind: m.className,
  text: (m.querySelector('.body') || {innerText: ''}).innerText,
  rtl: (b => !!b && getComputedStyle(b).direction === 'rtl')(m.querySelector('.body')),
  photo: !!m.querySelector('img.photo'),
  loaded: [...m.querySelectorAll('img.photo')].every(i => i.complete && i.naturalWidth > 0),
  audio: !!m.querySelector('audio'),
  place: (m.querySelector('.location') || {textContent: ''}).textContent,
  buttons: [...m.querySelectorAll('.inline-button')].map(b => b.textContent)}));
"""


class Page:
    """The sandbox page; phones are found by the user they show (`.phone[data-user=ID]`)."""

    def __init__(self, driver: WebDriver, url: str) -> None:
        self.driver = driver
        driver.get(url)
        self.until(lambda: len(driver.find_elements(By.CSS_SELECTOR, ".phone")) >= 4
                   and "live" in (driver.find_element(By.ID, "connection")
                                  .get_attribute("class") or ""), "the page to load")

    def until(self, condition: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
        wait = WebDriverWait(self.driver, timeout,
                             ignored_exceptions=(StaleElementReferenceException,))
        return wait.until(lambda _: condition(), message=f"waited {timeout}s for {what}")

    def selector(self, user_id: int | str) -> str:
        return ".phone.team" if user_id == "team" else f'.phone[data-user="{user_id}"]'

    def messages(self, user_id: int | str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] | None = self.driver.execute_script(
            _MESSAGES_JS, self.selector(user_id))
        return found or []

    def wait_message(self, user_id: int | str, predicate: Callable[[dict[str, Any]], bool],
                     what: str, after: int = 0) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            return next((m for m in self.messages(user_id)
                         if m["id"] > after and predicate(m)), None)

        result: dict[str, Any] = self.until(found, f"{what} in phone {user_id}")
        return result

    def last_id(self, user_id: int | str) -> int:
        return max((m["id"] for m in self.messages(user_id)), default=0)

    def type(self, user_id: int | str, text: str) -> None:
        box = self.driver.find_element(By.CSS_SELECTOR,
                                       f"{self.selector(user_id)} .composer .text")
        box.send_keys(text + Keys.ENTER)

    def tap(self, user_id: int | str, message_id: int, prefix: str) -> None:
        """Tap the first inline button of the message whose text starts with `prefix`."""
        css = f'{self.selector(user_id)} .msg[data-id="{message_id}"] .inline-button'

        def tapped() -> bool:
            for button in self.driver.find_elements(By.CSS_SELECTOR, css):
                if button.text.startswith(prefix):
                    button.click()
                    return True
            return False

        self.until(tapped, f"a button {prefix!r} on message {message_id} of {user_id}")

    def keyboard(self, user_id: int | str) -> list[str]:
        """The texts of the reply-keyboard buttons the phone shows."""
        css = f"{self.selector(user_id)} .keyboard-button"
        return [b.text for b in self.driver.find_elements(By.CSS_SELECTOR, css)]

    def press(self, user_id: int | str, text: str) -> None:
        """Press the reply-keyboard button with this text."""
        css = f"{self.selector(user_id)} .keyboard-button"

        def pressed() -> bool:
            for button in self.driver.find_elements(By.CSS_SELECTOR, css):
                if button.text == text:
                    button.click()
                    return True
            return False

        self.until(pressed, f"a keyboard button {text!r} in phone {user_id}")

    def choose(self, user_id: int | str, option: str) -> None:
        """Choose who the phone is, by the option's text."""
        css = f"{self.selector(user_id)} .who"

        def chosen() -> bool:
            Select(self.driver.find_element(By.CSS_SELECTOR, css)).select_by_visible_text(option)
            return True

        self.until(chosen, f"choosing {option!r} in phone {user_id}")

    def phone_ids(self) -> list[str]:
        return [p.get_attribute("data-user") or "" for p in
                self.driver.find_elements(By.CSS_SELECTOR, ".phone.private")]


def new_profile() -> Path:
    return Path(tempfile.mkdtemp(prefix="meldbot-chromium-"))
