"""Readable ASCII URLs and anchors (handbook.slugs) for every heading and page file."""
from __future__ import annotations

from mkdocs.exceptions import PluginError

from handbook.paths import page_file
from handbook.slugs import slugify


def on_config(config):
    """Use the Danish slugify for every heading anchor."""
    config.mdx_configs.setdefault("toc", {})["slugify"] = slugify
    return config


def on_files(files, config):
    """Stop the build when a page's file name would give a URL with æ, ø, å or spaces."""
    for file in files.documentation_pages():
        check_file_name(file.src_uri)
    return files


def check_file_name(src_uri: str) -> None:
    """Stop on a page file whose name is not its slug, naming the name it should have."""
    if src_uri != slugify_path(src_uri):
        raise PluginError(f"{page_file(src_uri)}: filnavnet skal være '{slugify_path(src_uri)}' (små bogstaver, ae/oe/aa)")


def slugify_path(src_uri: str) -> str:
    """The file path a page should have: each folder and file name slugified, '.md' kept."""
    parts = src_uri[: -len(".md")].split("/")
    return "/".join(slugify(part) if part.lower() != "index" else part for part in parts) + ".md"
