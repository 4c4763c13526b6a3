"""Colours and small style helpers shared by the screens."""

from __future__ import annotations

ERROR_COLOUR = "#b3261e"
OVERDUE_COLOUR = "#b3261e"
WARNING_COLOUR = "#a05a00"
OK_COLOUR = "#1e6b2f"

APP_STYLESHEET = """
QLabel[role="error"] { color: #b3261e; font-size: 9pt; }
QLabel[role="banner"] { background: #e7f2e9; color: #1e4d2b; padding: 8px; font-size: 12pt;
                        font-weight: bold; border-radius: 4px; }
QLabel[role="title"] { font-size: 14pt; font-weight: bold; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border: 1px solid #b3261e; }
QListWidget#navigation { font-size: 11pt; }
QListWidget#navigation::item { padding: 8px; }
"""
