"""Is a document a solicitation, a contract, or a proposal? (Rules say which they apply to.)"""

from __future__ import annotations

import re

from ..model import Document

_PROPOSAL = re.compile(r"\b(?:we\s+will|we\s+propose|our\s+(?:team|approach|solution|staff|"
                       r"company|firm|proposed)|we\s+have|we\s+are)\b", re.IGNORECASE)
_BINDING = re.compile(r"\b(?:shall|must)\b", re.IGNORECASE)
_SOLICITATION = re.compile(r"\b(?:request\s+for\s+(?:quot\w*|proposals?|information)|RFQ|RFP|"
                           r"solicitation|instructions\s+to\s+offerors|evaluation\s+factors|"
                           r"quot(?:er|ation)s?\s+(?:shall|must)|offerors?\s+(?:shall|must))\b",
                           re.IGNORECASE)
_CONTRACT = re.compile(r"\b(?:award/contract|contract\s+(?:no\.?|number)|task\s+order\s+(?:no\.?|"
                       r"number)|fully\s+executed|this\s+(?:contract|task\s+order|subcontract)|"
                       r"period\s+of\s+performance|subcontract\s+agreement)\b", re.IGNORECASE)
_SUBCONTRACT = re.compile(r"\bsubcontract\s+(?:agreement|no\.?|number)\b|^\s*subcontract\b",
                          re.IGNORECASE | re.MULTILINE)


def classify_document(document: Document) -> str:
    texts = [b.text for b in document.body_blocks]
    head = " ".join(texts[:40])
    body = " ".join(texts)
    proposal = len(_PROPOSAL.findall(body))
    binding = len(_BINDING.findall(body))
    if proposal >= 3 and proposal > binding:
        return "proposal"
    solicitation = len(_SOLICITATION.findall(head)) * 3 + len(_SOLICITATION.findall(body))
    contract = len(_CONTRACT.findall(head)) * 3 + len(_CONTRACT.findall(body)) // 2
    if contract > solicitation:
        return "contract"
    return "solicitation"


def is_subcontract(document: Document) -> bool:
    return bool(_SUBCONTRACT.search(" ".join(b.text for b in document.body_blocks[:40])))
