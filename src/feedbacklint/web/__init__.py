"""The local review web page (``feedbacklint serve``): a Starlette app, nothing leaves the machine."""
