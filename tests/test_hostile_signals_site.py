"""Builds killed half-way leave folders next to the site: the next build removes
them, and nothing else."""

from __future__ import annotations

from publish_data import build

from publish.site import MARKER

pytest_plugins = ("publish_fixtures",)


def test_next_build_removes_folders_of_killed_builds_and_nothing_else(conn, tmp_path):
    killed_build = tmp_path / ".site.build-k1ll3d_x"  # mkdtemp's name, half written
    (killed_build / "articles").mkdir(parents=True)
    killed_swap = tmp_path / ".site.old-0123abcd"  # the old site, being swapped out
    killed_swap.mkdir()
    (killed_swap / MARKER).write_text("built\n")
    kept = [
        tmp_path / ".site.old-89abcdef",  # no marker: not known to be a build
        tmp_path / ".site.build-short",  # not mkdtemp's name
        tmp_path / ".other.build-abcdefgh",  # another site's
        tmp_path / "site.build-abcdefgh",
    ]
    for folder in kept:
        folder.mkdir()
        (folder / MARKER).write_text("built\n")
    (kept[0] / MARKER).unlink()
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / ".site.build-l1nk3d__").symlink_to(outside)

    build(conn, tmp_path / "site")

    assert not killed_build.exists()
    assert not killed_swap.exists()
    assert all(folder.is_dir() for folder in kept)
    assert (tmp_path / ".site.build-l1nk3d__").is_symlink()
    assert outside.is_dir()
    assert (tmp_path / "site" / MARKER).is_file()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")]
    assert sorted(leftovers) == [
        ".site.build-l1nk3d__",
        ".site.build-short",
        ".site.old-89abcdef",
    ]
