import { mountApp } from '../../components/mount';
import { OptionsApp } from '../../components/options/options-app';

mountApp(<OptionsApp />);
