"""Moving data between machines: USB export, backups, data packages, Excel import."""
