from govtext.cli import main

raise SystemExit(main())
