"""`make bench`: build, preview, scale and reader figures side by side with their floors, into BENCHMARKS.md."""
