"""Browser tests: the built handbook in Debian's Chromium.

A package, so that its conftest.py does not shadow tests/conftest.py for `from conftest import ...`.
"""
