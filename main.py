"""Launch Coach Companion: python main.py."""

from coach_app.app import main

raise SystemExit(main())
