-- The ledger in the order every list shows it (整治台账 before 整改台账, each by serial): the
-- unique (ledger, serial) index cannot give "ledger DESC, serial", so each whole read of the
-- ledger sorted all its rows in a temporary b-tree (20,000 items in the large group).
CREATE INDEX rectification_listed ON rectification(ledger DESC, serial);
