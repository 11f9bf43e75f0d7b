/**
 * A buyer's right to see or delete their data: export everything about one customer as JSON,
 * or delete it all (orders, notes, tasks, playbook state) after a confirmation.
 */
import { useState } from 'react';
import { customerRecordFileName, deleteCustomerEverywhere, exportCustomerRecord, serializeCustomerRecord } from '../../lib/io/customer-record';
import { useApp } from '../app-context';
import { downloadText } from '../download';
import { db } from '../use-db';
import { navigate } from './use-hash-route';

export function CustomerDataActions({ customerId }: { customerId: string }) {
  const { t } = useApp();
  const [confirming, setConfirming] = useState(false);
  const exportOne = async () => {
    const record = await exportCustomerRecord(db, customerId);
    if (record) downloadText(customerRecordFileName(record.customer), serializeCustomerRecord(record));
  };
  const remove = async () => {
    await deleteCustomerEverywhere(db, customerId);
    navigate('#/customers');
  };
  return (
    <div className="row wrap" data-testid="customer-data-actions" style={{ marginTop: 16 }}>
      <button type="button" onClick={() => void exportOne()} data-testid="export-customer">
        {t('exportCustomer')}
      </button>
      {confirming ? (
        <>
          <span className="notice danger">{t('deleteCustomerConfirm')}</span>
          <button type="button" className="primary" onClick={() => void remove()} data-testid="confirm-delete-customer">
            {t('delete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} data-testid="delete-customer">
          {t('deleteCustomer')}
        </button>
      )}
    </div>
  );
}
