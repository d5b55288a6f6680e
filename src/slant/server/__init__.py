"""The web app: FastAPI routes over the library (`create_app`)."""
