"""The catalog of the French texts shown to families and staff, one module per audience or
concept. The GraphQL layer, the services and the notifications import their sentences from here
and hold none (tests/structure/test_texts_catalog.py); a number in a sentence comes from the
constant that decides it (``APPEAL_DELAY_TEXT`` from ``APPEAL_WORKING_DAYS``), never retyped.

- ``confirmations``: the confirmation of each mutation;
- ``file``: sentences of a pupil's file (visibility, appeal, maintien);
- ``errors``: rejections answered by the API and the services (``UserError`` messages);
- ``notices``: what each event means for families (inbox, mail, push) and for staff (the feed);
- ``mails``: the mails' sentences;
- ``documents``: exports, lists and fiches de dialogue;
- ``imports``: the reports of the SIECLE and annuaire imports;
- ``retention``: the report of a campaign's purge; ``campaigns``: the rollover's report.

A rule's own message (``UserError`` of a domain check) stays beside its rule in
``domain/<concept>.py``.
"""
