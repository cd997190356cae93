import archive
import scraper


def test_scraper_all_is_sorted_and_importable() -> None:
    assert scraper.__all__ == sorted(scraper.__all__)
    for name in scraper.__all__:
        assert hasattr(scraper, name), name


def test_archive_all_is_sorted_and_importable() -> None:
    assert archive.__all__ == sorted(archive.__all__)
    for name in archive.__all__:
        assert hasattr(archive, name), name
